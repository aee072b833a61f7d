"""The web layer: every page's view, the request's unit of work, templates' helpers.

Views sit above the domain packages they call (accounts, offers, conversations, …);
nothing below imports from here.
"""
