"""Protocol-level fakes of the chat platforms, for adapter and integration tests."""
