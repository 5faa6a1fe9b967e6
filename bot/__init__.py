"""vetbot: a community-of-practice chat bot for VET trainers."""
