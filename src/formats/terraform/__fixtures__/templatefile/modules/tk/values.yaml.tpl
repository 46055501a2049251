testkube-api:
  jobPodAnnotations:
    sidecar.istio.io/inject: ${inject}
  storage:
    endpoint: ${endpoint}
