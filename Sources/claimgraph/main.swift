print("claimgraph: not built yet")
