"""new_okrs"""
