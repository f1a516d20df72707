// Placeholder until the scorer lands.
