"""A realistic demo association ("Solidarité Pour Tous") generated into a fresh database; no Qt."""

from learnorg_desktop.demo.generator import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
