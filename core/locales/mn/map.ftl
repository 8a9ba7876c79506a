## map
