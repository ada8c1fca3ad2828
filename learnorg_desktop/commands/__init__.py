"""One module per command area; each exposes `register(subparsers)`."""
