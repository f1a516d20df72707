// Placeholder until the graph stage lands.
