"""Flask extensions, created unbound here and bound in :func:`app.create_app`."""

from flask_babel import Babel
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_wtf.csrf import CSRFProtect

from marketplace.core.db import db

babel = Babel()
login_manager = LoginManager()
csrf = CSRFProtect()
migrate = Migrate()

__all__ = ["babel", "csrf", "db", "login_manager", "migrate"]
