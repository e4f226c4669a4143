"""pulse-demo: a greeting, released with verifiable provenance."""

__version__ = "1.0.0"


def greet(name: str) -> str:
    """Return a friendly greeting."""
    return f"Hello, {name}!"
