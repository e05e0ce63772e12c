"""Item models: thin adapters from service data to Qt views."""
