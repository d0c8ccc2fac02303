# Areas that load on demand (src/areas.rs): when an area's code could not be fetched.
area-failed-title = This part of Partner Center didn't load
area-failed-text = Check your connection, then try again. Anything you've entered is kept.
