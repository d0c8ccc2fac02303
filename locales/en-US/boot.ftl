# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = Partner Center can't start
boot-error-config = The portal's configuration (config.json) is missing or not valid. Try again in a few minutes. If it keeps happening, contact the administrator of this site.
boot-error-catalog = The portal's text could not be loaded. Check your connection and try again.
boot-error-retry = Try again
