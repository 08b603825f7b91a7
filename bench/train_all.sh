#!/usr/bin/env bash
# Train every model that bench/evaluate.py compares (about an hour on 2 cores), into runs/:
#   loso/<source>           our recipe (1.1: with style augmentation) without that source, 12 epochs
#   tutorial                the tutorial network on the same split
#   tutorial_loso/<source>  the tutorial network without that source
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/cxr
LESIONS="--lesion-boxes $DATA/tbx11k_boxes.csv --lesion-boxes $DATA/jsrt_nodules.csv"
for s in nih_cxr14 rsna_pneumonia jsrt mendeley_tb_kiran; do
  .venv/bin/cxrviewer-cli train $DATA/manifest.csv --out runs/loso/$s --epochs 12 --patience 12 \
    --exclude-source $s --version-label loso-$s --augment affine,intensity,resolution,style $LESIONS
done
.venv/bin/python bench/tutorial_baseline.py $DATA/manifest.csv --out runs/tutorial
for s in nih_cxr14 rsna_pneumonia jsrt mendeley_tb_kiran; do
  .venv/bin/python bench/tutorial_baseline.py $DATA/manifest.csv --out runs/tutorial_loso/$s --exclude-source $s
done
