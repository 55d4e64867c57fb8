"""okr_reporting"""
