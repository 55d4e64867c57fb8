"""good_news"""
