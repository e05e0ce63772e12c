"""The PySide6 desktop application (built on the workbench services; never writes SQL)."""
