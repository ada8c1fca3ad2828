"""Pure matplotlib figure builders: series in, `Figure` out (no pyplot, no global rcParams, no Qt)."""
