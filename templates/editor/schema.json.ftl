[=schema]
