// The default program's tier and benefit names in Japanese, by id, for the portal and for mail: an id not here (a
// benefit a later program version adds) keeps the program's own, English, text.
export const names: Record<string, string> = {
  'tier.publisher': 'パブリッシャー',
  'benefitName.market-research': '市場調査とマーケティング資料',
  'benefitName.self-serve-digital-marketing': 'セルフサービスのデジタル マーケティング',
  'benefitName.readiness-assessment': '準備状況の評価',
  'benefitName.listing-optimization': '掲載の最適化',
  'benefitName.marketing-toolkit': 'マーケティング ツールキット',
  'benefitName.whats-new-blog': '「新着情報」ブログ',
  'benefitName.press-release-support': 'プレス リリースの支援',
  'benefitName.co-sell-listing-guidance': '共同販売の掲載ガイダンス',
  'benefitName.selling-through-partners': 'パートナー経由の販売',
  'benefitName.technical-assistance': '技術支援',
  'benefitName.rewards-testimonial': 'リワードの推薦の言葉',
  'benefitName.featured-category-placement': 'カテゴリ ページでの注目掲載',
  'benefitName.marketplace-blog-feature': 'マーケットプレース ブログでの特集',
  'benefitName.in-depth-customer-review': '顧客による詳細レビュー',
  'benefitName.customer-success-story': '顧客事例',
  'benefitName.social-promotion-spotlight': 'ソーシャルでのプロモーション',
  'benefitName.seller-webinar': '営業担当者向けウェビナー',
  'benefitName.solution-spotlight': 'ソリューションの紹介',
  'benefitName.featured-home-page-placement': 'ホーム ページでの注目掲載',
  'benefitName.guest-blog-post': 'ゲスト ブログ記事',
  'benefitName.executive-endorsement': '経営幹部による推薦',
  'benefitName.deployment-sponsorship': 'Azure スポンサーシップ: デプロイまたは概念実証',
  'benefitName.trial-sandbox-sponsorship':
    'Azure スポンサーシップ: テスト ドライブまたは試用版サンドボックス',
};
