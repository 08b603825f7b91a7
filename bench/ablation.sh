#!/usr/bin/env bash
# Train the ablation arms that bench/ablation.py tabulates (about 1.5 hours on 2 cores), into runs/:
#   ablation/<arm>                      10 epochs each, same split, seed and lesion guidance
#   loso_*/mendeley_tb_kiran   12 epochs without the Mendeley TB source (seed 0, and seed 1 for three arms)
# The 1.1 recipe's own leave-one-source-out models (runs/loso/<source>, style augmentation) come from bench/train_all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA=../shared/data/cxr
LESIONS="--lesion-boxes $DATA/tbx11k_boxes.csv --lesion-boxes $DATA/jsrt_nodules.csv"
arm() {  # arm <name> <train options...>
  local name=$1; shift
  [ -f runs/ablation/$name/model_card.json ] || .venv/bin/cxrviewer-cli train $DATA/manifest.csv --out runs/ablation/$name \
    --epochs 10 --patience 10 --version-label ablation-$name $LESIONS "$@"
}
arm all --augment affine,intensity,resolution
arm none --augment ""
arm no_resolution --augment affine,intensity
arm no_affine --augment intensity,resolution
arm no_intensity --augment affine,resolution
arm all_clahe --augment affine,intensity,resolution --clahe
arm all_style --augment affine,intensity,resolution,style
loso() {  # loso <folder> <train options...>
  local folder=$1; shift
  [ -f runs/$folder/mendeley_tb_kiran/model_card.json ] || .venv/bin/cxrviewer-cli train $DATA/manifest.csv \
    --out runs/$folder/mendeley_tb_kiran --epochs 12 --patience 12 --exclude-source mendeley_tb_kiran $LESIONS "$@"
}
loso loso_1.0 --augment affine,intensity,resolution
loso loso_clahe --augment affine,intensity,resolution --clahe
loso loso_style_clahe --augment affine,intensity,resolution,style --clahe
# a second seed (which also draws another train/validation split) for the arms the decision rests on
loso loso_1.0_seed1 --seed 1 --augment affine,intensity,resolution
loso loso_seed1 --seed 1 --augment affine,intensity,resolution,style
loso loso_style_clahe_seed1 --seed 1 --augment affine,intensity,resolution,style --clahe
