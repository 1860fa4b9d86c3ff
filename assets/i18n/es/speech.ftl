### speech
