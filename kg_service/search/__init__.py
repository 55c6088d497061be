"""Search that understands Finnish and Swedish inflection and compounds (Voikko and Snowball)."""
