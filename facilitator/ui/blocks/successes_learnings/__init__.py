"""successes_learnings"""
