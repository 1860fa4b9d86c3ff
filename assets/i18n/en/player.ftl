### player
