import { describe, expect, it } from '@jest/globals'
import { diffFromFiles, hunkFor, parsePrDiff } from '../pr-diff.js'

const DIFF = `diff --git a/values/testkube.yaml b/values/testkube.yaml
index 1111111..2222222 100644
--- a/values/testkube.yaml
+++ b/values/testkube.yaml
@@ -1,3 +1,4 @@
 testkube-api:
+  replicas: 2
   jobPodAnnotations:
     foo: bar
@@ -10,1 +11,2 @@ global:
-  a: 1
+  a: 2
+++ not a header, a line that was added
diff --git a/old name.yaml b/new name.yaml
similarity index 90%
rename from old name.yaml
rename to new name.yaml
index 3333333..4444444 100644
--- a/old name.yaml
+++ b/new name.yaml
@@ -5 +5 @@
-x: 1
+x: 2
diff --git a/gone.yaml b/gone.yaml
deleted file mode 100644
index 5555555..0000000
--- a/gone.yaml
+++ /dev/null
@@ -1,2 +0,0 @@
-a: 1
-b: 2
diff --git "a/caf\\303\\251.yaml" "b/caf\\303\\251.yaml"
new file mode 100644
index 0000000..6666666
--- /dev/null
+++ "b/caf\\303\\251.yaml"
@@ -0,0 +1,2 @@
+a: 1
+b: 2
\\ No newline at end of file
diff --git a/logo.png b/logo.png
index 7777777..8888888 100644
Binary files a/logo.png and b/logo.png differ
`

describe('parsePrDiff', () => {
  const diff = parsePrDiff(DIFF)

  it('reads each file with its head-side hunks', () => {
    expect([...diff.keys()].sort()).toEqual([
      'café.yaml',
      'gone.yaml',
      'logo.png',
      'new name.yaml',
      'values/testkube.yaml'
    ])
    // The `+++ not a header` line is counted as a body line of the second hunk, not a file header.
    expect(diff.get('values/testkube.yaml')?.hunks).toEqual([
      { oldStart: 1, oldLines: 3, newStart: 1, newLines: 4 },
      { oldStart: 10, oldLines: 1, newStart: 11, newLines: 2 }
    ])
    expect(diff.get('new name.yaml')?.hunks).toEqual([{ oldStart: 5, oldLines: 1, newStart: 5, newLines: 1 }])
    expect(diff.get('gone.yaml')?.deleted).toBe(true)
    expect(diff.get('café.yaml')?.hunks).toEqual([{ oldStart: 0, oldLines: 0, newStart: 1, newLines: 2 }])
    expect(diff.get('logo.png')?.hunks).toEqual([])
  })

  it('accepts an anchor only inside one hunk on the head side', () => {
    expect(hunkFor(diff, 'values/testkube.yaml', 1, 4)).toBeDefined()
    expect(hunkFor(diff, 'values/testkube.yaml', 3, 3)).toBeDefined()
    expect(hunkFor(diff, 'values/testkube.yaml', 4, 11)).toBeUndefined() // spans two hunks
    expect(hunkFor(diff, 'values/testkube.yaml', 5, 5)).toBeUndefined() // between hunks
    expect(hunkFor(diff, 'values/testkube.yaml', 12, 12)).toBeDefined()
    expect(hunkFor(diff, 'values/testkube.yaml', 13, 13)).toBeUndefined()
    expect(hunkFor(diff, 'gone.yaml', 1, 1)).toBeUndefined()
    expect(hunkFor(diff, 'other.yaml', 1, 1)).toBeUndefined()
    expect(hunkFor(diff, 'café.yaml', 1, 2)).toBeDefined()
  })

  it('reads the per-file patches of the files endpoint the same way', () => {
    const fromFiles = diffFromFiles([
      {
        filename: 'values/testkube.yaml',
        status: 'modified',
        patch: DIFF.split('+++ b/values/testkube.yaml\n')[1]?.split('diff --git')[0]
      },
      { filename: 'logo.png', status: 'modified' }
    ])
    expect(fromFiles.get('values/testkube.yaml')?.hunks).toEqual(diff.get('values/testkube.yaml')?.hunks)
    expect(fromFiles.get('logo.png')?.hunks).toEqual([])
  })
})
