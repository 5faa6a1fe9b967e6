"""Tests against real servers or protocol-level fakes of them, over 127.0.0.1 only."""
