print("claimgraph-bench: not built yet")
