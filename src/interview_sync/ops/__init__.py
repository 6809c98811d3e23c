"""Running as a service: systemd installation, ``doctor``, sd_notify and desktop notices."""
