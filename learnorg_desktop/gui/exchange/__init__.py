"""File > Exchange: send changes to an office, receive a file, review conflicts, see the history."""
