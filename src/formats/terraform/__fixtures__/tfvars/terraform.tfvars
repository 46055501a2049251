chart_version = "2.1.50"
