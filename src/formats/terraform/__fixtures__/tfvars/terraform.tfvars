chart_version = "1.16.17"
