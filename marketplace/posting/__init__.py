"""Auto multi-posting: one offer carried to every affiliated site exactly once."""
