namespace = "testkube-prod"
