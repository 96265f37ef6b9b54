"""Turn domain results into Views (render/view.py) in the user's language."""
