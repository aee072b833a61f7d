"""Turning offers into conversations: inquiries, matchmaking, trade alerts, notifications."""
