namespace = "testkube-dev"
