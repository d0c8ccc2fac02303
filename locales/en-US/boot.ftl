# Compiled into the app: shown when config.json or the message catalog cannot be loaded.
boot-error-title = Partner Center can't start
boot-error-config = The portal's configuration (config.json) is missing or not valid. Try again in a few minutes. If it keeps happening, contact the administrator of this site.
boot-error-catalog = The portal's text could not be loaded. Check your connection and try again.
boot-error-retry = Try again

# Compiled into the app: replaces the page if the app fails (a panic); the id is also in the
# browser console, so a report can be matched with it.
crash-message = Something went wrong. Reload the page; what you typed on this step is kept.
crash-error-id = Error ID: { $id }
crash-reload = Reload the page
