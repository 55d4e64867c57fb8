"""closing"""
