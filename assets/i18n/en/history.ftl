### history
