"""Scheduled discussion prompts: when they post (``schedule``) and what coordinators type."""
