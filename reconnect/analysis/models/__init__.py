"""Model artifacts built by `reconnect train` from data/ (a package so they ship as data)."""
