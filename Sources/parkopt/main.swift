print("parkopt")
