"""LearnOrg Desktop: an offline tool for small NGOs that want to become learning organisations."""

__version__ = "0.1.0"
