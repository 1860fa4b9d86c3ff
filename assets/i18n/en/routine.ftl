### routine
