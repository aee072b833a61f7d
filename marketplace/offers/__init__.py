"""Buy and sell offers: posting, editing, lifecycle, photos and listings."""
