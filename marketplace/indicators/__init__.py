"""The indicators module: activity events, daily rollups, the operators' dashboard."""
