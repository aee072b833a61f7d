"""The search experience: results page, facets, HS assistant, and the API's search."""
