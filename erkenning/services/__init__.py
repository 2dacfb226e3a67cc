"""Use-cases of the uniform recognition, one module per activity (importeren: the legacy import)."""
